package extractor

import "strings"

// A verb of help coordinated with a verb of giving (support.coordinated,
// with frame.to-support): "Latvia will keep sending weapons to Ukraine
// and training Ukrainian soldiers", "Estonia will send ammunition and
// train Ukrainian gunners", "Norway will continue to send shells and to
// train crews". The verb of help shares the giver of the verb before.

// ruleSupportCoordinated names the support line of a verb of help joined
// by "and" to a verb of giving that has the giver.
const ruleSupportCoordinated = "support.coordinated"

// coordinatedWithGiving reports whether token and (an "and" right before
// the verb of help at token k, past a "to") follows a verb of giving of
// the same form in its clause: a gerund after a gerund ("sending …
// and training"), a past after a past, a bare verb after a bare verb or
// "to" + verb after "to" + verb. The giver is then the subject of that
// verb (subjectFrame finds it past the recipient: "to Ukraine").
func (a *analysis) coordinatedWithGiving(and, k int, s span) bool {
	if and <= s.start || a.lw(and) != "and" || a.tx(and-1) == "," {
		return false // (", and training remains …": a clause of its own)
	}
	t, ok := a.triggerBefore(and, s, 12)
	if !ok || t.end > and {
		return false
	}
	for j := t.end; j < and; j++ {
		if a.tx(j) == ";" || a.tx(j) == ":" || a.has(j, cReporting) {
			return false // another clause: "…, officials said, and …"
		}
	}
	return verbForm(a.lw(t.start)) == verbForm(a.lw(k))
}

// verbForm classes a verb by its ending: "ing", "ed" (or an irregular
// past: "sent", "gave"), "s" or bare.
func verbForm(w string) string {
	switch {
	case strings.HasSuffix(w, "ing"):
		return "ing"
	case strings.HasSuffix(w, "ed"), w == "sent", w == "gave", w == "lent", w == "built", w == "sold":
		return "ed"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return "s"
	}
	return ""
}

// ownObjectAfter reports whether the words from token k name the
// giver's own people as the object of its help: "its own" or "their
// own", right after k or after "of" / "for" ("training its own pilots",
// "training for their own troops").
func (a *analysis) ownObjectAfter(k int, s span) bool {
	if k < s.end && (a.lw(k) == "of" || a.lw(k) == "for") {
		k++
	}
	return k+1 < s.end && (a.lw(k) == "its" || a.lw(k) == "their") && a.lw(k+1) == "own"
}
