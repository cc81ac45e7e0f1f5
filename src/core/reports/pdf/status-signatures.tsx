// The statusrapport's signature block: a dated line for the signer from the residence and one for
// the citizen, printed so the report can be signed on paper at the follow-up meeting.
import { Text, View } from '@react-pdf/renderer';
import type { StatusModel } from '../models/status-model';
import { COLORS } from './theme';

function SignatureLine({ who, detail }: { who: string; detail: string | null }) {
  return (
    <View style={{ flex: 1 }}>
      <View style={{ height: 34, borderBottomWidth: 0.75, borderBottomColor: COLORS.text }} />
      <Text style={{ fontSize: 8, color: COLORS.muted, marginTop: 2 }}>Dato og underskrift</Text>
      <Text>{who}</Text>
      {detail ? <Text style={{ color: COLORS.muted }}>{detail}</Text> : null}
    </View>
  );
}

export function StatusSignatures({ model }: { model: StatusModel }) {
  return (
    <View wrap={false} style={{ flexDirection: 'row', gap: 36, marginTop: 18 }}>
      <SignatureLine who={model.signer.name ?? 'For botilbuddet'} detail={model.signer.title} />
      <SignatureLine who={model.stamdata.name} detail="Borger" />
    </View>
  );
}
