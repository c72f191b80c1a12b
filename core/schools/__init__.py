from core.schools.service import (
    classes_of,
    create_school,
    current_school_year,
    get_class,
    get_school,
)

__all__ = ["classes_of", "create_school", "current_school_year", "get_class", "get_school"]
