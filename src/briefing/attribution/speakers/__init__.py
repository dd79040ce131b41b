"""Who a candidate's source is: a named party, through pronouns, descriptions and groups."""
