#!/usr/bin/env node
// A committed launcher, so the `heimdall-mock-upstream` command exists from install time; the build writes dist/.
import '../dist/cli.js';
