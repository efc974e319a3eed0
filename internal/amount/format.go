package amount

import (
	"math"
	"strconv"
	"strings"
)

// scales are the words Format and Exact write, largest first.
var scales = []struct {
	factor float64
	word   string
}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}

// Format writes v for reading: "576 million", "1.2 billion", "97.4
// million", "2,500", "12.5". Amounts of a million or more use the largest
// scale word and at most two decimals; smaller ones are grouped by
// thousands with at most two decimals. Float noise such as
// 97.39999999999999 disappears.
func Format(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var s string
	for _, sc := range scales {
		if v >= sc.factor {
			s = trimZeros(strconv.FormatFloat(v/sc.factor, 'f', 2, 64)) + " " + sc.word
			break
		}
	}
	if s == "" {
		s = group(trimZeros(strconv.FormatFloat(v, 'f', 2, 64)))
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Exact writes v so that Parse reads back exactly v: with a scale word
// when that needs at most three decimals ("576 million", "1.25 billion"),
// otherwise as a grouped number ("576,123,457"). It is the value shown in
// an edit field.
func Exact(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	for _, sc := range scales {
		if v < sc.factor {
			continue
		}
		s := strconv.FormatFloat(v/sc.factor, 'f', -1, 64)
		if _, frac, _ := strings.Cut(s, "."); len(frac) <= 3 {
			if back, _, err := Parse(s + " " + sc.word); err == nil && back == v {
				return s + " " + sc.word
			}
		}
	}
	if s := group(strconv.FormatFloat(v, 'f', -1, 64)); len(s) <= 32 {
		return s
	}
	return strconv.FormatFloat(v, 'g', -1, 64) // tiny or huge: 1e-70
}

// trimZeros drops trailing zeros of a decimal fraction and a bare point.
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// group puts commas between thousands of the integer part of s.
func group(s string) string {
	intPart, frac, hasDot := strings.Cut(s, ".")
	if len(intPart) > 3 {
		var b strings.Builder
		pre := len(intPart) % 3
		if pre > 0 {
			b.WriteString(intPart[:pre])
		}
		for i := pre; i < len(intPart); i += 3 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(intPart[i : i+3])
		}
		intPart = b.String()
	}
	if hasDot {
		return intPart + "." + frac
	}
	return intPart
}
