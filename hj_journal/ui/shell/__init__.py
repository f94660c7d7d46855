"""The app's frame: start-up, the controller that moves between the lock screen and the
main window, the window itself with its menus, sections and safety bar, and the signal hub.
"""
