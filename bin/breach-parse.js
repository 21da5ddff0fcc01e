#!/usr/bin/env node
// Shim: the CLI lives in the build (npm ci runs the build on prepare).
import { cli } from '../dist/cli.js';

await cli();
