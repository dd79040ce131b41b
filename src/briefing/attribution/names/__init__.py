"""Who the article names: entities, their genders, titles, descriptions and kinds."""
