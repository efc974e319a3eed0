// Package amount reads and writes amounts the way people type and read
// them: "1.2 billion", "€1.2bn", "2,500", "1e9" in, "576 million" out.
//
// Parse is given untrusted text (command-line flags, form fields); it
// accepts one number with optional thousands separators, an optional
// multiplier word (thousand, million, billion, trillion and their short
// forms) and an optional currency (symbol or ISO code, before or after),
// and refuses anything else with an error that says what was typed and
// what to write instead.
package amount

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrSyntax is wrapped by every error Parse returns.
var ErrSyntax = errors.New("not an amount")

// MaxLen is the longest text Parse reads.
const MaxLen = 64

// Max is the largest amount Parse accepts.
const Max = 1e18

// Hint is what Parse's errors suggest writing.
const Hint = `write a number such as 2500, 2,500, 1.2 billion, 1.2bn, €300m or 1e9`

// multipliers maps the words after a number to their factor.
var multipliers = map[string]float64{
	"k": 1e3, "thousand": 1e3, "thousands": 1e3,
	"m": 1e6, "mn": 1e6, "mio": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
	"b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9,
	"t": 1e12, "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
}

// symbols maps currency symbols to ISO 4217 codes.
var symbols = map[string]string{"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR"}

// words maps currency words to ISO 4217 codes.
var words = map[string]string{
	"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
	"hryvnia": "UAH", "hryvnias": "UAH", "yen": "JPY",
}

// Parse reads s and returns its value and the currency it names ("" when
// none; a three-letter code such as "EUR" is taken as written, upper-cased).
func Parse(s string) (value float64, currency string, err error) {
	orig := s
	fail := func(why string) (float64, string, error) {
		return 0, "", fmt.Errorf("%q is %w (%s); %s", clip(orig), ErrSyntax, why, Hint)
	}
	if len(s) > MaxLen {
		return fail(fmt.Sprintf("longer than %d bytes", MaxLen))
	}
	if !utf8.ValidString(s) {
		return fail("not valid UTF-8")
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return fail("empty")
	}
	// A currency symbol or code before the number.
	for sym, code := range symbols {
		if strings.HasPrefix(s, sym) {
			currency, s = code, strings.TrimSpace(s[len(sym):])
			break
		}
	}
	if currency == "" {
		if code, rest, ok := leadingCode(s); ok {
			currency, s = code, rest
		}
	}
	// The number: digits, thousands separators, a decimal point, an exponent.
	end := 0
	for end < len(s) {
		c := s[end]
		if c >= '0' && c <= '9' || c == '.' || c == ',' || c == '_' ||
			(c == 'e' || c == 'E') && end > 0 && end+1 < len(s) && (isDigit(s[end+1]) || s[end+1] == '-' || s[end+1] == '+') ||
			(c == '-' || c == '+') && end > 0 && (s[end-1] == 'e' || s[end-1] == 'E') {
			end++
			continue
		}
		break
	}
	num, rest := s[:end], strings.TrimSpace(s[end:])
	if num == "" {
		if strings.HasPrefix(s, "-") {
			return fail("negative")
		}
		return fail("no number")
	}
	v, ok := parseNumber(num)
	if !ok {
		return fail(fmt.Sprintf("%q is not a number", num))
	}
	// A multiplier word, then a currency.
	if rest != "" {
		word, after := splitWord(rest)
		if m, ok := multipliers[strings.ToLower(word)]; ok {
			v *= m
			rest = after
		}
	}
	if rest != "" {
		word, after := splitWord(rest)
		code := ""
		if c, ok := words[strings.ToLower(word)]; ok {
			code = c
		} else if c, ok := symbols[word]; ok {
			code = c
		} else if isCode(word) {
			code = strings.ToUpper(word)
		}
		if code == "" || after != "" {
			return fail(fmt.Sprintf("%q is not a multiplier (thousand, million, billion, bn, m, k) or a currency", clip(rest)))
		}
		if currency != "" && currency != code {
			return fail("two currencies")
		}
		currency = code
	}
	if math.IsNaN(v) || math.IsInf(v, 0) || v > Max {
		return fail("too large")
	}
	return v, currency, nil
}

// parseNumber reads digits with optional thousands separators (commas or
// underscores between groups of three), a decimal point and an exponent.
func parseNumber(s string) (float64, bool) {
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i:]
	}
	intPart, frac, hasDot := strings.Cut(mant, ".")
	if strings.ContainsAny(frac, ".,_") || (hasDot && frac == "" && intPart == "") {
		return 0, false
	}
	if strings.ContainsAny(intPart, ",_") {
		groups := strings.FieldsFunc(intPart, func(r rune) bool { return r == ',' || r == '_' })
		if len(groups) < 2 || strings.Count(intPart, ",")+strings.Count(intPart, "_") != len(groups)-1 ||
			len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		intPart = strings.Join(groups, "")
	}
	clean := intPart
	if hasDot {
		clean += "." + frac
	}
	clean += exp
	if clean == "" || clean == "." {
		return 0, false
	}
	for _, r := range clean {
		if !(isDigit(byte(r)) || r == '.' || r == 'e' || r == 'E' || r == '-' || r == '+') {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || v < 0 {
		return 0, false
	}
	return v, true
}

// leadingCode splits "EUR 1.2bn" into "EUR" and "1.2bn".
func leadingCode(s string) (code, rest string, ok bool) {
	if len(s) < 4 || !isCode(s[:3]) {
		return "", s, false
	}
	r := strings.TrimSpace(s[3:])
	if r == "" || !(isDigit(r[0]) || r[0] == '.') {
		return "", s, false
	}
	return strings.ToUpper(s[:3]), r, true
}

// splitWord returns the first word of s (letters, or one symbol) and the
// rest, trimmed.
func splitWord(s string) (word, rest string) {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return s[:size], strings.TrimSpace(s[size:])
	}
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if i < 0 {
		return strings.TrimSuffix(s, "."), ""
	}
	return strings.TrimSuffix(s[:i], "."), strings.TrimSpace(s[i:])
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	// Multiplier words are not currencies.
	_, m := multipliers[strings.ToLower(s)]
	return !m
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// clip shortens s for an error message.
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	for i := max; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "…"
		}
	}
	return ""
}
