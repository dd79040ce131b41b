"""Links between items: whom a concern is addressed to, what a denial answers."""
