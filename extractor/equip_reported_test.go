package extractor

import "testing"

// TestEquipmentReportedPassive holds goods in an agentless passive of
// giving that a country reports (equipment.reported-passive): the sayer
// before the verb of saying, its ministry, an opening apposition, or a
// trailing sayer. Near-misses: goods destroyed, captured or bought, goods
// of their own named country, a recipient that reports what it got, an
// agent after the verb (the other frames' line), no passive.
func TestEquipmentReportedPassive(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"Spain said that 20 ambulances would be delivered to the region next week.", []string{"ES equipment 20 pledged"}},
		{"Officials in Oslo said 12 howitzers are being transferred to Ukraine.", []string{"NO equipment 12 pledged"}},
		{"Japan's foreign ministry said tents and water purifiers were dispatched on Monday.", []string{"JP equipment - delivered"}},
		{"Turkey, one of the first countries to respond, announced on Wednesday that 20 ambulances were being sent by ship.", []string{"TR equipment 20 pledged"}},
		{"The Estonian defence ministry announced that 40 trucks will be handed over to Ukraine.", []string{"EE equipment 40 pledged"}},
		{"Thirty generators will be shipped to Gaza next week, the Irish foreign ministry said.", []string{"IE equipment 30 pledged"}},
		// near-misses
		{"Ukraine said that 30 tanks had been destroyed by Russian forces.", nil},
		{"Poland said 40 tanks were bought from South Korea.", nil},
		{"Moldova said Russian tanks were sent to the border.", nil},
		{"Ukraine thanked its partners. Ukraine said 30 tanks were delivered to Ukraine.", nil},
		{"Allies sent more weapons to Ukraine. Ukraine said 30 tanks were delivered last week.", []string{"group:Allies equipment - delivered"}},
		{"Latvia said the 10 drones were donated by Japan.", []string{"JP equipment 10 delivered"}},
		{"Austria said that 20 trucks are waiting at the border.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("reported-passive rows")
}
