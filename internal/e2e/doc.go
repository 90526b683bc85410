// Package e2e holds nq57's end-to-end journeys: a real server on a fresh
// database, driven by a real headless Chromium (Debian's chromium package)
// through the DevTools protocol, as a commune official would use it.
package e2e
