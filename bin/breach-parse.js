#!/usr/bin/env node
// Shim: the CLI lives in the build (npm ci builds it on prepare), as one
// bundled file compiled with a V8 code cache (see src/launch.ts).
import { launch } from '../dist/launch.js';

await launch();
