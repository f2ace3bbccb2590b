"""The one error every reader raises for bad input; the CLI prints it on one line and exits 2."""


class InputError(Exception):
    """Bad input: ``str(error)`` is one line naming the file and the problem."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")
