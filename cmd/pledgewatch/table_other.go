//go:build !unix

package main

import "os"

// terminalColumns is 0 where the terminal width is not known: tables use
// $COLUMNS or the default width.
func terminalColumns(*os.File) int { return 0 }
