// The four assessment selects (reliability A–F, credibility 1–6, ICD 203 probability,
// confidence), each with an empty "Not assessed" choice.
import { ASSESSMENT_FIELDS, assessmentValue, type HighlightDraft } from './highlight-draft.js';

interface AssessmentFieldsProps {
  draft: HighlightDraft;
  idPrefix: string;
  onChange: (draft: HighlightDraft) => void;
}

export function AssessmentFields({ draft, idPrefix, onChange }: AssessmentFieldsProps) {
  return (
    <div className="assessments">
      {ASSESSMENT_FIELDS.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const current = draft[field.key];
        return (
          <div className="field" key={field.key}>
            <label htmlFor={id}>{field.label}</label>
            <select
              id={id}
              value={current === null ? '' : String(current)}
              onChange={(event) => onChange({ ...draft, [field.key]: assessmentValue(field.key, event.target.value) })}
            >
              <option value="">Not assessed</option>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
