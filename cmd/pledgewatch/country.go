package main

import (
	"fmt"
	"strings"

	"github.com/biter777/countries"
)

// resolveCountry turns what a user types after --country into the actor
// code the ledger stores: ISO 3166-1 alpha-2 codes pass ("de" → DE), as do
// EU, NATO and group:<name>; common codes and names that are not alpha-2
// are translated ("UK" → GB, "Germany" → DE, "USA" → US) and note says so,
// for the caller to print. Anything else is a usage error naming flag.
func resolveCountry(flag, s string) (code, note string, err error) {
	s = strings.TrimSpace(s)
	u := strings.ToUpper(s)
	switch {
	case s == "":
		return "", "", nil
	case u == "EU" || u == "NATO":
		return u, "", nil
	case strings.HasPrefix(s, "group:") && len(s) > len("group:"):
		return s, "", nil
	}
	c := countries.ByName(s)
	if c == countries.Unknown || !c.IsValid() || len(s) > 64 {
		hint := ""
		if name, code := nearestCountry(s); name != "" {
			hint = fmt.Sprintf(" (did you mean %s, %s?)", name, code)
		}
		return "", "", usagef("--%s: %q is not a country this ledger knows%s; write an ISO 3166-1 alpha-2 code such as GB, DE, US, "+
			"a country name such as Germany, or EU, NATO, group:<name>", flag, clip(s, 40), hint)
	}
	code = c.Alpha2()
	if code == u {
		return code, "", nil
	}
	if len(s) == 2 {
		return code, fmt.Sprintf("--%s %s: %s is not an ISO 3166-1 code; using %s (%s)", flag, s, s, code, c.String()), nil
	}
	return code, fmt.Sprintf("--%s %s: using %s", flag, s, code), nil
}

// nearestCountry is the country whose English name is within two edits of
// s (case-insensitive), with its alpha-2 code, or "" when none is.
func nearestCountry(s string) (name, code string) {
	s = strings.ToLower(s)
	if len(s) < 4 || len(s) > 40 {
		return "", ""
	}
	best := 3
	for _, c := range countries.All() {
		n := c.String()
		if d := editDistance(s, strings.ToLower(n)); d < best {
			best, name, code = d, n, c.Alpha2()
		}
	}
	return name, code
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
