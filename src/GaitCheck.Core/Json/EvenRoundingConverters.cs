namespace GaitCheck.Core.Json;

// Math.Round to even at N decimals, "-0" kept, non-finite as null: the keypoint, truth and timings files.
// One class per precision because [JsonConverter] takes a type with a parameterless constructor.

public sealed class Round2Converter() : RoundedDoubleConverter(NumberRounding.Even(2));
public sealed class Round3Converter() : RoundedDoubleConverter(NumberRounding.Even(3));
public sealed class Round4Converter() : RoundedDoubleConverter(NumberRounding.Even(4));
public sealed class Round6Converter() : RoundedDoubleConverter(NumberRounding.Even(6));
public sealed class NullableRound6Converter() : RoundedNullableDoubleConverter(NumberRounding.Even(6));
public sealed class FloatRound4Converter() : RoundedFloatConverter(NumberRounding.Even(4));
public sealed class FloatArrayRound4Converter() : RoundedFloatArrayConverter(NumberRounding.Even(4));
public sealed class MapRound1Converter() : RoundedMapConverter(NumberRounding.Even(1));
public sealed class MapRound3Converter() : RoundedMapConverter(NumberRounding.Even(3));
public sealed class MapRound4Converter() : RoundedMapConverter(NumberRounding.Even(4));
public sealed class SeriesRound3Converter() : RoundedSeriesConverter(NumberRounding.Even(3));
