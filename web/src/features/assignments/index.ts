// What other features use of assignments: the assign mutation (the positioning hand-over assigns a suggested path).
export { AssignModuleMutation } from './api/assignments.queries';
