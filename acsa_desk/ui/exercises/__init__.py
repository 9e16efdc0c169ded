"""The Exercises page and the exercise editor."""

from acsa_desk.ui.exercises.editor import ExerciseDialog, open_exercise_editor
from acsa_desk.ui.exercises.page import ExercisesPage

__all__ = ["ExerciseDialog", "ExercisesPage", "open_exercise_editor"]
