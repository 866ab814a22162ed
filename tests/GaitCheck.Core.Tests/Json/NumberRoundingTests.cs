using System.Text;
using System.Text.Json;
using GaitCheck.Core.Json;

namespace GaitCheck.Core.Tests.Json;

/// <summary>The rounding the JSON converters apply: the exact text the hand-written writers produced.</summary>
public class NumberRoundingTests
{
    private static string Text(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) { w.WriteStartArray(); write(w); w.WriteEndArray(); }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void Even_rounds_halves_to_even_and_keeps_negative_zero()
    {
        var even = NumberRounding.Even(1);
        Assert.Equal("[0.2,0.2,-0,1,null,null]", Text(w =>
        {
            even.Write(w, 0.25); even.Write(w, 0.15000000000000002); even.Write(w, -0.01); even.Write(w, 1.0);
            even.Write(w, double.NaN); even.Write(w, double.PositiveInfinity);
        }));
    }

    [Fact]
    public void Half_away_rounds_halves_up_and_writes_negative_zero_as_zero()
    {
        var away = NumberRounding.HalfAway(1);
        Assert.Equal("[0.3,-0.3,0,null]", Text(w => { away.Write(w, 0.25); away.Write(w, -0.25); away.Write(w, -0.01); away.Write(w, double.NaN); }));
    }

    [Fact]
    public void Floats_stay_floats()
    {
        var even = NumberRounding.Even(4);
        Assert.Equal("[0.1235,null,-0]", Text(w => { even.Write(w, 0.123456f); even.Write(w, float.NaN); even.Write(w, -0.00001f); }));
    }
}
