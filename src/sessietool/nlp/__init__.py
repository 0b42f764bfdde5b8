"""Loading spaCy pipelines and mapping their labels to sessietool's categories."""
