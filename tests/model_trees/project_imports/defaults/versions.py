DEFAULT_VERSION = "unversioned"
