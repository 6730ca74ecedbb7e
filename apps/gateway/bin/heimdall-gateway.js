#!/usr/bin/env node
// A committed launcher, so the `heimdall-gateway` command exists from install time; the build writes dist/.
import '../dist/main.js';
