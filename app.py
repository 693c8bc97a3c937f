"""VAS Composer's web app, from a checkout: ``python app.py`` (``--help`` for the flags; the code is ui/app.py).

Installed with pip, the same app is the ``vas-composer-app`` command.
"""

from ui.app import main

if __name__ == "__main__":
    main()
