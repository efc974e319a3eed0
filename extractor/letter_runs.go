package extractor

// anyLetterRun reports whether f holds for one of the runs of letters
// (isLetter) of s, in order: the words of
// strings.FieldsFunc(s, func(r rune) bool { return !isLetter(r) }),
// without building the slice of them.
func anyLetterRun(s string, f func(w string) bool) bool {
	start := -1
	for i, r := range s {
		if isLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if f(s[start:i]) {
				return true
			}
			start = -1
		}
	}
	return start >= 0 && f(s[start:])
}
