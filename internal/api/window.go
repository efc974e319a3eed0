package api

import "time"

// ParseWindow reads a ledger window the way the API's window parameter
// does: a number of days ("30d") or a Go duration ("720h"). "" is 0 (the
// store's default). Errors are *ParamError naming param.
func ParseWindow(param, s string) (time.Duration, error) {
	d, err := parseWindow(s)
	if pe, ok := err.(*ParamError); ok {
		pe.Param = param
	}
	return d, err
}
