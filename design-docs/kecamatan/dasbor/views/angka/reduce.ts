export default '_sum';
