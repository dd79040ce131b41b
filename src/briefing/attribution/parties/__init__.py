"""The parties a reading finds, what each is called, and its role."""
