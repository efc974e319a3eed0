package extractor

// guardExcluded stops a quantity that a side clause says was left out of
// the frame's commitment (excludedQuantity).
const guardExcluded = "guard.excluded"

// excludedQuantity reports a quantity that is the object of a negated
// "include" after the frame's anchor: "Canada sent 500 troops, a package
// which did not include fighter jets", "pledged $50 million that does not
// include any tanks". The verb of including is not the anchor, so the
// quantity belongs to a side clause that tells what the commitment left
// out; it is neither given nor refused. "any", "the", "a" or "an" may
// stand between the verb and the quantity.
func (a *analysis) excludedQuantity(f *frame, q *quantity) bool {
	k := q.start - 1
	for k > f.anchor.end && k > q.start-3 && (a.lw(k) == "any" || a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an") {
		k--
	}
	if k <= f.anchor.end || k < 1 {
		return false
	}
	switch a.lw(k) {
	case "include", "includes", "included", "cover", "covers", "covered":
	default:
		return false
	}
	switch a.lw(k - 1) {
	case "not", "n't", "never":
		return true
	}
	return false
}

// notIncluded reports whether a verb of including follows a cue of
// refusal that ends at token k after the anchor: "40 tanks were
// delivered by Norway, a package which did not include jets" tells what
// the commitment left out, it refuses nothing.
func (a *analysis) notIncluded(k int) bool {
	if k >= len(a.toks) {
		return false
	}
	switch a.lw(k) {
	case "include", "includes", "included", "cover", "covers", "covered":
		return true
	}
	return false
}
