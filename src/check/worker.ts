// The worker thread of `checkBuiltSite`: scans its share of the pages with the same code as the
// main thread and sends the findings back.
import { parentPort, workerData } from "node:worker_threads";
import { createValidator } from "./html.js";
import { scanPages, type ScanInput } from "./scan.js";

parentPort?.postMessage(scanPages(workerData as ScanInput, createValidator()));
