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
		return "", "", usagef("--%s: %q is not a country this ledger knows; write an ISO 3166-1 alpha-2 code such as GB, DE, US, "+
			"a country name such as Germany, or EU, NATO, group:<name>", flag, clip(s, 40))
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
