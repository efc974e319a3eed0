package extractor

// readerCls holds the lexicon classes at which a mention reader of
// analyze's token loop starts: numbers and currencies (numberLed), actors
// (actorMentionAt, and vesselAt's demonym prefix), items (itemAt).
const readerCls = 1<<cQualifier | 1<<cCurPrefix | 1<<cCurCode | 1<<cCurAmbiguous | 1<<cNumWord |
	1<<cCountry | 1<<cMetonym | 1<<cLeader | 1<<cGroup | 1<<cDemonym |
	1<<cEquipNoun | 1<<cTroopNoun | 1<<cSupportNoun

// quietToken reports whether no mention reader of analyze's token loop
// (numberLed, vesselAt, bracketNamedAt, actorMentionAt, itemAt) can start
// at token i: a token of none of readerCls that is punctuation, or a word
// in lower case other than "thousand", or a word that bracketNamedAt
// never reads as a name (nameStop). Each reader returns at once on such a
// token; analyze skips it without asking them. A reader that starts
// reading one of these tokens must narrow this test
// (TestQuietTokensStartNothing checks the readers on the corpora).
func (a *analysis) quietToken(i int) bool {
	c := a.cls[i]
	if c&readerCls != 0 {
		return false
	}
	t := &a.toks[i]
	if t.kind != tWord {
		return t.kind == tPunct
	}
	// numberLed reads "thousand" after an addition word; bracketNamedAt
	// reads a capitalised word of no stopping class as a name
	if b := a.text[t.start]; c&nameStop == 0 && (b >= 'A' && b <= 'Z' || b >= 0x80 && a.upper(i)) {
		return false
	}
	return a.lw(i) != "thousand"
}
