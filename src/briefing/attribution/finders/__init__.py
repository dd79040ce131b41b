"""The hand rules' finders beyond PolNeAR's cue table, and an attribution's whole kind."""
