package extractor

import (
	"math"
	"strings"
)

// Numerals: one numeric token as written in news text, with thousands
// and decimal separators in the English, European and South Asian styles
// ("5,000", "1.234,5", "1,50,000"). The number phrases around them are
// read in number.go.

// parseNumeral parses one numeric token as written in news text: "5000",
// "5,000", "5 000" (already joined by the caller), "1.6", "1,5",
// "1.000.000", "1,234.5", "1.234,5". dotThousands says how to read a single
// dot followed by exactly three digits ("5.000"): as a thousands separator
// (true) or as a decimal point. ok is false for shapes that are not one
// number ("05,2025", "1,23,4").
func parseNumeral(s string, dotThousands bool) (v float64, ok bool) {
	if s == "" {
		return 0, false
	}
	lastDot, lastComma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return 0, false
		}
	}
	if s[0] < '0' || s[0] > '9' || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return 0, false
	}
	var intPart, frac string
	var group byte
	switch {
	case lastDot < 0 && lastComma < 0:
		intPart = s
	case lastDot >= 0 && lastComma >= 0:
		// Both: the later one is the decimal mark.
		if lastDot > lastComma {
			intPart, frac, group = s[:lastDot], s[lastDot+1:], ','
		} else {
			intPart, frac, group = s[:lastComma], s[lastComma+1:], '.'
		}
	case lastComma >= 0:
		if tail := len(s) - lastComma - 1; strings.Count(s, ",") == 1 && tail != 3 {
			if tail > 2 {
				return 0, false // "05,2025" is two numbers run together
			}
			intPart, frac = s[:lastComma], s[lastComma+1:] // "1,5"
		} else {
			intPart, group = s, ','
		}
	default: // dots only
		n := strings.Count(s, ".")
		tail := len(s) - lastDot - 1
		switch {
		case n > 1:
			intPart, group = s, '.'
		case tail == 3 && dotThousands && s[0] != '0':
			intPart, group = s, '.'
		default:
			intPart, frac = s[:lastDot], s[lastDot+1:]
		}
	}
	if group != 0 {
		parts := strings.Split(intPart, string(group))
		for i, p := range parts {
			if p == "" || (i == 0 && len(p) > 3) || (i > 0 && len(p) != 3) {
				if group == ',' && lakhGroups(parts) {
					break // "1,63,887": South Asian grouping
				}
				return 0, false
			}
		}
		intPart = strings.Join(parts, "")
	}
	if strings.ContainsAny(intPart, ".,") || strings.ContainsAny(frac, ".,") {
		return 0, false
	}
	if len(intPart) > 1 && intPart[0] == '0' && group != 0 {
		return 0, false
	}
	for i := 0; i < len(intPart); i++ {
		v = v*10 + float64(intPart[i]-'0')
	}
	scale := 0.1
	for i := 0; i < len(frac); i++ {
		v += float64(frac[i]-'0') * scale
		scale /= 10
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// lakhGroups reports whether comma groups follow the South Asian style:
// the last of three digits, the ones before of two, the first of one or
// two ("1,63,887", "12,34,567").
func lakhGroups(parts []string) bool {
	if len(parts) < 3 || len(parts[len(parts)-1]) != 3 || parts[0] == "" || len(parts[0]) > 2 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) != 2 {
			return false
		}
	}
	return true
}
