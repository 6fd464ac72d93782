/**
 * A record's Edit and Delete, as two link buttons whose accessible names carry the record's name
 * ("Edit Latte art", "Delete Latte art"), so a screen reader moving through a list of rows hears
 * which record each one acts on. Put them in a `RowActions` cell or another `.row`.
 */
export function EditDeleteButtons(props: {
  name: string
  onEdit: () => void
  onDelete: () => void
}) {
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Edit ${props.name}`}
        onClick={props.onEdit}
      >
        Edit
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Delete ${props.name}`}
        onClick={props.onDelete}
      >
        Delete
      </button>
    </>
  )
}
