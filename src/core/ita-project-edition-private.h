/* ita-project-edition-private.h: what the edit path needs of
 * ita-project-edition.c (the edition a project stands on) */
#pragma once

#include "ita-project.h"

G_BEGIN_DECLS

/* After an undo or redo that may have switched the edition back or forth
 * (change kind ALL): reads the edition stored in the file and, when it is
 * not the one in memory, loads it and notifies "edition". */
void  ita_project_reload_edition (ItaProject *self);

G_END_DECLS
