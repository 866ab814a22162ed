namespace GaitCheck.Core.Json;

// Halves away from zero at N decimals, "-0" written as 0, non-finite as null: result.json.
// One class per precision because [JsonConverter] takes a type with a parameterless constructor.

public sealed class HalfAwayRound1Converter() : RoundedDoubleConverter(NumberRounding.HalfAway(1));
public sealed class HalfAwayRound3Converter() : RoundedDoubleConverter(NumberRounding.HalfAway(3));
public sealed class HalfAwayRound4Converter() : RoundedDoubleConverter(NumberRounding.HalfAway(4));
public sealed class HalfAwayRound6Converter() : RoundedDoubleConverter(NumberRounding.HalfAway(6));
public sealed class MapHalfAwayRound3Converter() : RoundedMapConverter(NumberRounding.HalfAway(3));
