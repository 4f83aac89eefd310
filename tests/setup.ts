// Runs in every test file: the temporary folders a file made are removed after its last test.
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/site.js";

afterAll(removeTempDirs);
