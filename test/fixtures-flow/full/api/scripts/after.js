at.variables.set("fromFile", 1);
