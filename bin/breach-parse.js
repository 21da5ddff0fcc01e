#!/usr/bin/env node
// Shim: the CLI lives in the build (npm ci builds it on prepare). The bundle
// (one file per entry, made by esbuild) starts in about half the time of the
// plain ESM build, which loads hundreds of files.
import { cli } from '../dist/bundle/cli.js';

await cli();
