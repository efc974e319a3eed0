package extractor

import "testing"

// TestEquipmentCargo holds goods carried by a vehicle of a named country
// (frame.equipment-cargo): the country of the plane, ship, flight or
// convoy gives the cargo; near-misses name no country of the vehicle, a
// vehicle hit or stopped, goods smuggled or bought, or a giver after the
// goods (the other frames' line).
func TestEquipmentCargo(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"A Turkish military plane carrying 20 tonnes of medical supplies landed in Beirut on Sunday.", []string{"TR equipment - delivered"}},
		{"Two Italian Air Force planes loaded with tents left Rome for Libya.", []string{"IT equipment - delivered"}},
		{"Another flight from Kuwait took off on Friday carrying 30 tons of relief goods.", []string{"KW equipment - delivered"}},
		{"A Jordanian army convoy carrying blankets and heaters crossed the border on Monday.", []string{"JO equipment - delivered"}},
		{"Three Polish trucks laden with generators reached Kharkiv.", []string{"PL equipment - delivered"}},
		{"A second Indian Navy ship carrying 50 tonnes of medicines docked in Colombo.", []string{"IN equipment - delivered"}},
		{"Two Egyptian C-130 planes carrying tents and medicines arrived in Benghazi.", []string{"EG equipment - delivered"}},
		{"A Greek plane carrying water purifiers is expected to land on Tuesday.", []string{"GR equipment - pledged"}},
		{"Two German transport planes are set to leave Cologne carrying mattresses.", []string{"DE equipment - pledged"}},
		{"A Japanese ship transporting 400 generators will reach Odesa next week.", []string{"JP equipment 400 pledged"}},
		// near-misses
		{"A plane carrying 20 tonnes of medical supplies landed in Beirut.", nil},
		{"An Israeli strike hit a truck carrying medicines near the border.", nil},
		{"Police seized a Turkish truck carrying smuggled cigarettes and fuel.", nil},
		{"Navy boats intercepted a Somali boat carrying weapons.", nil},
		{"A Russian-made plane carrying generators landed in Aleppo.", nil},
		{"Egypt bought two German ships carrying radars.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("cargo rows")
}
