"""The one error `kb add-model` reports: what is wrong with the files, in words, never a traceback."""


class ModelFileError(ValueError):
    pass
