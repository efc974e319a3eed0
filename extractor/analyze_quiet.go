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
//
// quietToken is small enough to be inlined in analyze's loop: a token of
// a reader's class, or punctuation, is answered there, and a word by
// quietWord.
func (a *analysis) quietToken(i int) bool {
	if a.cls[i]&readerCls != 0 {
		return false
	}
	switch a.toks[i].kind {
	case tPunct:
		return true
	case tWord:
		return a.quietWord(i)
	}
	return false
}

// quietWord is quietToken for a word of none of readerCls.
func (a *analysis) quietWord(i int) bool {
	// numberLed reads "thousand" after an addition word; bracketNamedAt
	// reads a capitalised word of no stopping class as a name
	if a.cls[i]&nameStop == 0 && a.upper(i) {
		return false
	}
	// itemAt reads a bare "help" after a verb of giving (helpNounAt)
	return a.lw(i) != "thousand" && a.lw(i) != "help"
}
