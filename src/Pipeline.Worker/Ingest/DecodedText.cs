namespace Pipeline.Worker.Ingest;

/// <summary>Text decoded from a file's bytes, with the encoding it was read as (<c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>windows-1252</c>).</summary>
public sealed record DecodedText(string Text, string Encoding, bool HadByteOrderMark);
