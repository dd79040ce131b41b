"""The kind a content's own words give it: a denial or a concern read off its parse."""
