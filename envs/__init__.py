"""Environment suites: the MuJoCo tasks, small tasks for tests, seeded creation."""

from envs.suites import SUITES, Task, make_env, resolve_tasks, task_names

__all__ = ["SUITES", "Task", "make_env", "resolve_tasks", "task_names"]
