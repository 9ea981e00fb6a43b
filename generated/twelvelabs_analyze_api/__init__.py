"""Generated from the TwelveLabs Analyze API spec: the models, the results and the client's methods."""
