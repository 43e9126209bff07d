// The widget tests' precompiled headers are built with this target (tests/CMakeLists.txt):
// it links what they link, so the headers are compiled with their definitions.
