"""Instances of a type class of the project's named by a module constant (ivre's ``SQLINET =
INETLiteral()``, ``INETLiteral`` a subclass of ``postgresql.INET`` with a literal processor, and
``SQLINET_KEY``, that instance with another dialect's variant): in the module of the class, in
another module that makes its own instance of the imported class, and imported under another
name; and types made by functions of their parameters (ivre's ``SQLARRAY(item_type)``, returning
``postgresql.ARRAY(item_type)``)."""

from . import models  # noqa: F401
