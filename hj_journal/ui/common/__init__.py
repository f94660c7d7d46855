"""Widgets and helpers the sections share: calm dialogs, labels and layouts that hold at
large text, file dialogs, date fields and axes, plurals and vault error wording.
"""
